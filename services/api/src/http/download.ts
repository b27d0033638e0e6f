import { once } from 'node:events';
import type { Response } from 'express';
import type { Download } from './route';

/**
 * Streams a download chunk by chunk, waiting when the client reads slowly, so an export of
 * the whole audit trail never sits in memory. A failure after the first byte can only cut
 * the connection: the status has gone.
 */
export const sendDownload = async (res: Response, status: number, d: Download): Promise<void> => {
  res.status(status);
  res.setHeader('Content-Type', d.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${d.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  try {
    for await (const chunk of d.chunks) if (!res.write(chunk)) await once(res, 'drain');
    res.end();
  } catch (error) {
    res.destroy(error instanceof Error ? error : undefined);
  }
};
