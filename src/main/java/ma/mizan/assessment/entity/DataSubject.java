package ma.mizan.assessment.entity;

/** Whose personal data a system processes (contract: personalData.dataSubjects). */
public enum DataSubject {
    CUSTOMERS, EMPLOYEES, JOB_APPLICANTS, STUDENTS, PATIENTS, MINORS, CITIZENS, GENERAL_PUBLIC
}
