/** One JSON line per entry on stderr: what a process supervisor collects. */
export type Log = (
  level: 'info' | 'warn' | 'error',
  message: string,
  extra?: Record<string, unknown>,
) => void;

export const jsonLog: Log = (level, message, extra) => {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, service: 'kafka-bridge', message, ...extra })}\n`,
  );
};
