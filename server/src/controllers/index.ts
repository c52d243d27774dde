import article from './article';
import reader from './reader';
import readingOrder from './reading-order';
import settings from './settings';
import summary from './summary';

export default { article, reader, 'reading-order': readingOrder, settings, summary };
