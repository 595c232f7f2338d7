-- Reports from the public about an entry of the register, routed to the organization and the regulator.

create sequence register_report_seq start with 1 increment by 1;

create table register_report (
    id                   bigint        not null primary key,
    registration_number  varchar(20)   not null,
    ai_system_id         bigint        not null references ai_system (id),
    organization_id      bigint        not null references organization (id),
    message              varchar(4000) not null,
    contact_email        varchar(254),
    created_at           timestamp with time zone not null
);
create index register_report_organization on register_report (organization_id, created_at);
