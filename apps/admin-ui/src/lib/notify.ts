import { notifications } from '@mantine/notifications';

/** Short confirmations close by themselves (no close button to label); errors stay until closed. */
export function notifyOk(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 2000, withCloseButton: false });
}

export function notifyError(title: string, message: string, closeLabel: string): void {
  notifications.show({ color: 'red', title, message, autoClose: 8000, closeButtonProps: { 'aria-label': closeLabel } });
}
