-- Identity: users with one role each, auditors' assignments (organization and time window),
-- organizations' API keys (stored hashed), and the instance's signing key for access tokens.

create sequence app_user_seq start with 1 increment by 1;
create sequence auditor_assignment_seq start with 1 increment by 1;
create sequence api_key_seq start with 1 increment by 1;

create table app_user (
    id               bigint        not null primary key,
    username         varchar(100)  not null,
    password_hash    varchar(500)  not null,
    role             varchar(20)   not null,
    organization_id  bigint        references organization (id),
    active           boolean       not null,
    failed_logins    integer       not null,
    locked_until     timestamp with time zone,
    created_at       timestamp with time zone not null,
    row_version      bigint        not null,
    constraint app_user_username_unique unique (username)
);

create table auditor_assignment (
    id               bigint   not null primary key,
    user_id          bigint   not null references app_user (id),
    organization_id  bigint   not null references organization (id),
    valid_from       date     not null,
    valid_to         date     not null,
    created_at       timestamp with time zone not null
);
create index auditor_assignment_user on auditor_assignment (user_id);

create table api_key (
    id               bigint        not null primary key,
    organization_id  bigint        not null references organization (id),
    name             varchar(100)  not null,
    prefix           varchar(20)   not null,
    secret_hash      char(64)      not null,
    created_by       varchar(100)  not null,
    created_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone,
    constraint api_key_prefix_unique unique (prefix)
);

create table instance_key (
    purpose      varchar(40)   not null primary key,
    algorithm    varchar(20)   not null,
    private_key  varchar(8000) not null,
    public_key   varchar(4000) not null,
    created_at   timestamp with time zone not null
);
