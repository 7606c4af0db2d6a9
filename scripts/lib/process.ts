/**
 * Whether a process with this id is running on this machine (signal 0 only checks).
 * @param pid A process id.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
