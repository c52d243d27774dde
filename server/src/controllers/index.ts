import article from './article';
import readingOrder from './reading-order';

export default { article, 'reading-order': readingOrder };
