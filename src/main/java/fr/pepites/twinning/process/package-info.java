/** The names the twinning process ({@code bpmn/twinning.bpmn}) and the code share. */
package fr.pepites.twinning.process;
