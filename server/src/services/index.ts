import article from './article';
import reader from './reader';
import readingOrder from './reading-order';
import types from './types';

export default { article, reader, 'reading-order': readingOrder, types };
