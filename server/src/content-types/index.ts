import article from './article';
import series from './series';

export default { article, series };
