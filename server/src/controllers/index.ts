import article from './article';
import bulk from './bulk';
import orders from './orders';
import reader from './reader';
import readingOrder from './reading-order';
import readingOrderCheck from './reading-order-check';
import series from './series';
import settings from './settings';
import summary from './summary';

export default {
  article,
  bulk,
  orders,
  reader,
  'reading-order': readingOrder,
  'reading-order-check': readingOrderCheck,
  series,
  settings,
  summary,
};
