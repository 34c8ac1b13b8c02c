// Case work: the case lifecycle, GBVIMS classification, the urgent path to the competent
// security service and prosecution cell, closing reasons and the listener's message templates.
export * from './closing-reasons.ts';
export * from './gbvims.ts';
export * from './message-templates.ts';
export * from './transitions.ts';
export * from './urgent-path.ts';
