// The modal dialog lives in renderer/ui/ (the studio and the tabs use it too); the app's dialogs
// still import it from here.
export { ModalDialog } from '../ui/modal-dialog';
