/** Demo mode ({@code --demo}): seeds synthetic organisations, users and data, once, never in production. */
package be.ariadne.demo;
