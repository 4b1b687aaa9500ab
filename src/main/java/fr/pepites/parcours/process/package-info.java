/** The parcours process's names; its glue bean is {@code fr.pepites.parcours.ParcoursProcessGlue}. */
package fr.pepites.parcours.process;
