-- Exports run in the background: the request, its progress and its outcome. A job found QUEUED or
-- RUNNING at start-up was cut off by a stop: it is run again from the start (attempts counts the runs)
-- and reported FAILED after the last attempt, never left behind silently.

create sequence export_job_seq start with 1 increment by 1;

create table export_job (
    id               bigint        not null primary key,
    requested_by     varchar(200)  not null,
    requester_role   varchar(20)   not null,
    organization_id  bigint        references organization (id),
    scope            varchar(20)   not null,
    target_id        bigint,
    format           varchar(20)   not null,
    parameters       varchar(4000),
    language         varchar(8)    not null,
    status           varchar(20)   not null,
    attempts         integer       not null,
    items_done       bigint        not null,
    items_total      bigint,
    file_name        varchar(255),
    size_bytes       bigint,
    sha256           char(64),
    error            varchar(4000),
    created_at       timestamp with time zone not null,
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone,
    row_version      bigint        not null
);
create index export_job_status on export_job (status, created_at);
