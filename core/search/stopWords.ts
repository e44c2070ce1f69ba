// Words that carry no topic in a rep's question: function words, question words and fillers of spoken Chinese
// and English. They are left out of matching unless the query is nothing but them ("how to" still searches).
const ZH = [
  '的', '了', '吗', '呢', '啊', '吧', '呀', '嘛', '哦', '是', '在', '和', '与', '及', '就', '都', '也', '还', '又', '才', '很',
  '怎么', '怎样', '怎么办', '咋', '咋办', '办', '如何', '什么', '啥', '哪些', '哪个', '为什么', '为啥', '谁', '是不是', '能不能', '要不要',
  '我', '我们', '你', '你们', '他', '他们', '她', '她们', '它', '咱们', '这', '那', '这个', '那个', '这些', '那些', '一个', '个',
  '有', '把', '被', '给', '让', '对', '跟', '要', '会', '能', '可以', '应该', '得', '地', '着', '过', '一下', '点', '些', '到底', '老是', '总是', '就是',
  '比较', '一些', '请问', '说', '那边', '这边', '之前', '以后', '时候',
];
const EN = [
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'doing', 'i', 'we', 'you', 'he', 'she', 'it',
  'they', 'me', 'us', 'him', 'them', 'my', 'our', 'your', 'his', 'her', 'its', 'their', 'to', 'of', 'in', 'on', 'at', 'for', 'with',
  'and', 'or', 'but', 'if', 'so', 'as', 'by', 'from', 'about', 'into', 'than', 'then', 'how', 'what', 'who', 'whom', 'when', 'where',
  'why', 'which', 'this', 'that', 'these', 'those', 'there', 'here', 'should', 'can', 'could', 'would', 'will', 'shall', 'may', 'might',
  'must', 'just', 'really', 'actually', 'very', 'way', 'some', 'any', 'all', 'up', 'out', 'get', 'got', 'has', 'have', 'had', 'i\'m',
  'it\'s', 'don\'t', 'let', 'say', 'says', 'said', 'something', 'anything', 'everyone', 'always', 'only', 'one', 's',
];
const STOP_WORDS = new Set([...ZH, ...EN]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
