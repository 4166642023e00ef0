-- renamed, as told by --rename billing.audit_log.note=remark
ALTER TABLE billing.audit_log RENAME COLUMN note TO remark;

-- renamed, as told by --rename billing.audit_log.note_short=remark_short
ALTER TABLE billing.audit_log RENAME CONSTRAINT note_short TO remark_short;

-- renamed, as told by --rename billing.audit_log.log_stamp=audit_stamp
ALTER TRIGGER log_stamp ON billing.audit_log RENAME TO audit_stamp;

-- renamed, as told by --rename billing.audit_log.mine=own_notes
ALTER POLICY mine ON billing.audit_log RENAME TO own_notes;

-- named after table billing.audit_log, renamed with it
ALTER TABLE billing.audit_log RENAME CONSTRAINT audit_log_pkey TO audit_events_pkey;

-- renamed, as told by --rename billing.state.new=placed
ALTER TYPE billing.state RENAME VALUE 'new' TO 'placed';

-- renamed, as told by --rename billing.net(numeric)=without_vat
ALTER FUNCTION billing.net(numeric) RENAME TO without_vat;

-- renamed, as told by --rename billing.audit_log=audit_events
ALTER TABLE billing.audit_log RENAME TO audit_events;

-- renamed, as told by --rename billing=accounting
ALTER SCHEMA billing RENAME TO accounting;
