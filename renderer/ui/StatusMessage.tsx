/** One polite live region for confirmations and refusals, read out by screen readers. */
export function StatusMessage({ message, tone }: { message: string; tone: 'info' | 'error' }) {
  return (
    <div className={`status-message ${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      {message}
    </div>
  );
}
