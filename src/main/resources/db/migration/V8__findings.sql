-- Auditors' engagements (an audit of an organization, or of one of its systems) and their findings.
-- A finding may be proposed by Mizan (from obligation tracking) and is then confirmed or dismissed by the
-- auditor; the organization responds to each finding. A closed audit is read-only.

create sequence audit_engagement_seq start with 1 increment by 1;
create sequence finding_seq start with 1 increment by 1;

create table audit_engagement (
    id               bigint        not null primary key,
    organization_id  bigint        not null references organization (id),
    ai_system_id     bigint        references ai_system (id),
    title            varchar(300)  not null,
    scope            varchar(4000),
    auditor_user_id  bigint        not null references app_user (id),
    auditor_name     varchar(200)  not null,
    status           varchar(20)   not null,
    opened_at        timestamp with time zone not null,
    closed_at        timestamp with time zone,
    conclusion       varchar(8000),
    opinion          varchar(30),
    row_version      bigint        not null
);
create index audit_engagement_organization on audit_engagement (organization_id, opened_at);

create table finding (
    id                 bigint        not null primary key,
    engagement_id      bigint        not null references audit_engagement (id),
    ai_system_id       bigint        references ai_system (id),
    tracking_id        bigint        references obligation_tracking (id),
    obligation_code    varchar(64),
    legal_ref          varchar(200),
    severity           varchar(20)   not null,
    description        varchar(8000) not null,
    evidence_reviewed  varchar(4000),
    status             varchar(20)   not null,
    origin             varchar(20)   not null,
    proposal_reason    varchar(30),
    dismissal_reason   varchar(4000),
    created_by         varchar(200)  not null,
    created_at         timestamp with time zone not null,
    decided_at         timestamp with time zone,
    response           varchar(8000),
    response_by        varchar(200),
    response_at        timestamp with time zone,
    row_version        bigint        not null
);
create index finding_engagement on finding (engagement_id);
-- Proposing again never duplicates: one proposal per audit, tracking row and reason (manual findings have no reason).
create unique index finding_proposal on finding (engagement_id, tracking_id, proposal_reason);
create index finding_system on finding (ai_system_id);
