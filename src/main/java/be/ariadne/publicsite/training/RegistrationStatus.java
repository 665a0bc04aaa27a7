package be.ariadne.publicsite.training;

/** Where a registration stands: with a place, on the waiting list, or cancelled (by the registrant). */
public enum RegistrationStatus { REGISTERED, WAITING, CANCELLED }
