create table orders (id int primary key, customer text, total numeric, placed_at timestamptz);
