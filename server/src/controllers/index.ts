import article from './article';
import readingOrder from './reading-order';
import settings from './settings';
import summary from './summary';

export default { article, 'reading-order': readingOrder, settings, summary };
