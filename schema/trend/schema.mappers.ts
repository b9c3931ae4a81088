export type { HotTopic as HotTopicMapper } from '../../services/trend/hot-topics.js';
