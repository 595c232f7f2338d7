-- Obligation tracking and evidence. One tracking row per (system, obligation code, addressee): it follows
-- the system's assessments (opened when an assessment first lists the obligation, closed with the reason
-- when a later one no longer does, reopened if it comes back). Every change is kept in obligation_event.
-- Evidence files live in a content-addressed file store (key = SHA-256), written before the row commits.
-- The citations and reasons come from the rule base (several rules can establish one duty, each adding its
-- reasons), so they have no useful bound: text, as the assessment documents of V1.

create sequence obligation_tracking_seq start with 1 increment by 1;
create sequence obligation_event_seq start with 1 increment by 1;
create sequence evidence_seq start with 1 increment by 1;

create table obligation_tracking (
    id                 bigint        not null primary key,
    ai_system_id       bigint        not null references ai_system (id),
    organization_id    bigint        not null references organization (id),
    code               varchar(64)   not null,
    addressee          varchar(20)   not null,
    title              varchar(400),
    legal_refs         text          not null,
    because            text,
    applies_from       date,
    status             varchar(20)   not null,
    justification      varchar(4000),
    owner              varchar(200),
    due_date           date,
    notes              varchar(8000),
    assessment_id      bigint        not null references assessment (id),
    closed_at          timestamp with time zone,
    closed_reason      varchar(1000),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    row_version        bigint        not null,
    constraint obligation_tracking_unique unique (ai_system_id, code, addressee)
);
create index obligation_tracking_organization on obligation_tracking (organization_id, due_date);

create table obligation_event (
    id           bigint        not null primary key,
    tracking_id  bigint        not null references obligation_tracking (id),
    at           timestamp with time zone not null,
    actor        varchar(200)  not null,
    action       varchar(30)   not null,
    from_status  varchar(20),
    to_status    varchar(20),
    detail       varchar(4000)
);
create index obligation_event_tracking on obligation_event (tracking_id, at);

create table evidence (
    id            bigint        not null primary key,
    tracking_id   bigint        not null references obligation_tracking (id),
    kind          varchar(10)   not null,
    file_name     varchar(255),
    content_type  varchar(120),
    size_bytes    bigint,
    sha256        char(64),
    url           varchar(2000),
    description   varchar(2000),
    expires_on    date,
    uploaded_by   varchar(200)  not null,
    uploaded_at   timestamp with time zone not null,
    withdrawn_at  timestamp with time zone,
    withdrawn_by  varchar(200)
);
create index evidence_tracking on evidence (tracking_id);
create index evidence_sha256 on evidence (sha256);
