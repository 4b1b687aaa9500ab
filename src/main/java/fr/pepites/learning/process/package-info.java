/** The names of {@code bpmn/learning-session.bpmn}, shared by the learning feature and its tests. */
package fr.pepites.learning.process;
