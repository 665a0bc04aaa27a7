/** The signed-in user's home page: what their role needs first, gathered from the other modules. */
package be.ariadne.home;
