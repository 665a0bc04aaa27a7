package be.ariadne.publicsite.training;

/** A training session is scheduled until an administrator cancels it. */
public enum SessionStatus { SCHEDULED, CANCELLED }
