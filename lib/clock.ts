/** The current time, injectable so tests can fix "today". */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in China (YYYY-MM-DD): policies take effect and expire by Beijing time. */
export const chinaDate = (at: Date): string => CHINA_DATE.format(at);
