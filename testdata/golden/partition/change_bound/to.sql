CREATE TABLE m (k integer NOT NULL) PARTITION BY RANGE (k);
-- a new bound: detached and attached again (the server checks the rows against it)
CREATE TABLE m_low PARTITION OF m FOR VALUES FROM ('0') TO ('1000');
