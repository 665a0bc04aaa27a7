/** The public face: information, self-check, reporting a concern, training registration. No sign-in. */
package be.ariadne.publicsite;
