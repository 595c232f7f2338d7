-- Registration workflow: the registration number, the review state of each system, the version that
-- was registered (it stays public while a new version is reviewed), reviewers' comments with their
-- deadlines, and the per-year counter that numbers registrations (never reused).

alter table ai_system add column registration_number varchar(20);
alter table ai_system add column reviewer varchar(100);
alter table ai_system add column review_deadline date;
alter table ai_system add column submitted_at timestamp with time zone;
alter table ai_system add column registered_at timestamp with time zone;
alter table ai_system add column registered_profile text;
alter table ai_system add column registered_risk_level varchar(20);
alter table ai_system add column substantial_change boolean;
alter table ai_system add column status_reason varchar(4000);
alter table ai_system add constraint ai_system_registration_number_unique unique (registration_number);

create sequence review_comment_seq start with 1 increment by 1;

create table review_comment (
    id            bigint        not null primary key,
    ai_system_id  bigint        not null references ai_system (id),
    action        varchar(30)   not null,
    pointer       varchar(300),
    text          varchar(4000) not null,
    author        varchar(100)  not null,
    deadline      date,
    created_at    timestamp with time zone not null
);
create index review_comment_system on review_comment (ai_system_id, created_at);

create table registration_counter (
    registration_year  integer not null primary key,
    last_number        integer not null
);
