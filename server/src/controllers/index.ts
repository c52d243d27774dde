import article from './article';
import bulk from './bulk';
import reader from './reader';
import readingOrder from './reading-order';
import settings from './settings';
import summary from './summary';

export default { article, bulk, reader, 'reading-order': readingOrder, settings, summary };
