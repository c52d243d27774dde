import path from 'path';

export const PLAYGROUND_DIR = path.resolve(__dirname, '../../../playground');
export const PLAYGROUND_DIST_DIR = path.join(PLAYGROUND_DIR, 'dist');
