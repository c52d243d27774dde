import article from './article';
import reader from './reader';
import readingOrder from './reading-order';

export default { article, reader, 'reading-order': readingOrder };
