create table t (
	id	int	primary	key,
	x	text	unique	unique	oops
);
