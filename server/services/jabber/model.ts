// The jabber-config features read the model through the shared per-version cache of the format.
export { jabberModelOf as getJabberModel } from '../../formats/jabber-config';
