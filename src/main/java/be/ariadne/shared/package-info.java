/**
 * Types every module may use: the acting user as seen by other modules, problems with input,
 * refused transitions, web plumbing (layout, errors, navigation, locale) and the command-line
 * contract. An open module: its sub-packages are part of its API.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package be.ariadne.shared;
