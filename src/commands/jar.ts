import { notYet } from './not-yet.js';

export const showJar = notYet;
export const addMarble = notYet;
export const removeMarble = notYet;
