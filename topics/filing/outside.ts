import type { OutsideField } from './profile.js';

/**
 * Fields of knowledge outside every Jiaxing industry, after the 学科门类 and 一级学科 of the national
 * discipline catalogue (学位授予和人才培养学科目录): filing compares a document with these as well as
 * with the industries, so that belonging to no industry is a class of its own rather than a low
 * score. Written from the catalogue's descriptions of the fields, not from any document; medicine and
 * the branches of engineering and science Jiaxing's industries draw on are not among them.
 */
export const OUTSIDE_FIELDS: readonly OutsideField[] = [
  { name: '哲学与宗教', description: '哲学、伦理学、逻辑学、美学、宗教学、马克思主义理论：思想史、认识论、价值与道德、哲学家及其学说' },
  { name: '历史与考古', description: '中国史、世界史、考古学：朝代、史料、文献考证、人物与事件、文物遗址' },
  { name: '语言与文学', description: '中国语言文学、外国语言文学：诗词、小说、作家作品、文学批评、语法、方言、翻译' },
  { name: '艺术', description: '美术、音乐、戏曲、戏剧、舞蹈、电影、书法、设计美学与艺术史' },
  { name: '法学', description: '法学：法律条文、立法、司法、诉讼、刑法、民法、行政法、证据与责任' },
  { name: '政治、社会与民族', description: '政治学、社会学、民族学、公共管理：政府治理、行政、社会问题、人口、社会保障、民族文化' },
  {
    name: '经济学与管理',
    description: '理论经济学、应用经济学、工商管理、农林经济管理：经济增长、金融、货币、财政、会计、贸易、企业管理、市场营销',
  },
  { name: '教育、心理与体育', description: '教育学、心理学、体育学：教学改革、课程、学生、教师、心理健康、运动训练、体育教学' },
  { name: '新闻传播与图书情报', description: '新闻传播学、图书馆情报与档案管理：新闻报道、媒体、广告、出版、图书馆服务、档案、信息检索' },
  { name: '农学', description: '作物学、园艺学、植物保护、农业资源与环境：作物栽培、育种、品种、产量、果树蔬菜、病虫害防治、土壤肥料' },
  { name: '林学、畜牧与水产', description: '林学、畜牧学、兽医学、水产：林木培育、森林病虫害、家畜家禽饲养、疫病、饲料、鱼虾养殖' },
  { name: '地质与地球物理', description: '地质学、地球物理学、矿业工程：地层、岩石、构造、矿床、同位素年代学、地震、勘探与采矿' },
  { name: '大气与海洋', description: '大气科学、海洋科学：天气、气候、降水、台风、数值预报、海洋观测、海流、潮汐' },
  { name: '地理与测绘', description: '地理学、测绘科学与技术：区域发展、城市与土地利用、景观格局、旅游、地图、大地测量、遥感影像' },
  { name: '数学、物理与天文', description: '数学、统计学、物理学、天文学：定理与证明、方程、概率、理论物理、粒子与原子、星体与宇宙' },
  { name: '生物学', description: '生物学、生态学：植物分类、动物形态、物种、种群与群落、生态系统、进化与遗传' },
  {
    name: '土木、建筑、交通与水利',
    description: '土木工程、建筑学、交通运输工程、水利工程：结构、桥梁、隧道、道路、建筑设计、城市交通、河道、水库与大坝',
  },
  { name: '环境科学', description: '环境科学与工程：污染物、水体与大气污染、污水与废水处理、环境监测、生态修复' },
  { name: '食品科学', description: '食品科学与工程：食品加工、保鲜与贮藏、营养成分、风味、食品安全检测' },
  { name: '冶金与油气', description: '冶金工程、石油与天然气工程：冶炼、高炉、浸出、油气藏、钻井、采油' },
  { name: '军事与兵器', description: '军事学、兵器科学与技术：作战、战术、装备保障、武器、弹药与战斗部' },
];
