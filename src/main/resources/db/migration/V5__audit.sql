-- The audit trail: append-only, hash-chained entries (each hash covers the previous one), a head row
-- that serialises appends, and signed checkpoints of the head (Ed25519, the instance's key).

create table audit_entry (
    seq              bigint        not null primary key,
    occurred_at      timestamp with time zone not null,
    actor            varchar(150)  not null,
    actor_role       varchar(20)   not null,
    organization_id  bigint,
    action           varchar(60)   not null,
    entity_type      varchar(60)   not null,
    entity_id        varchar(60)   not null,
    before_state     text,
    after_state      text,
    source           varchar(100)  not null,
    previous_hash    char(64)      not null,
    hash             char(64)      not null
);
create index audit_entry_organization on audit_entry (organization_id, seq);
create index audit_entry_entity on audit_entry (entity_type, entity_id, seq);

create table audit_head (
    id         integer   not null primary key,
    last_seq   bigint    not null,
    last_hash  char(64)  not null
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_checkpoint (
    seq         bigint        not null primary key,
    hash        char(64)      not null,
    signature   varchar(200)  not null,
    created_at  timestamp with time zone not null
);
