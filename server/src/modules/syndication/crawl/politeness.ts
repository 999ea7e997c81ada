import robotsParserModule from 'robots-parser';
import { CrawlError } from './errors.js';
import { fetchText, type FetchSettings, type FetchedText } from './fetch-text.js';

// robots-parser is CommonJS (`module.exports = fn`) but its typings declare an ES default export,
// which NodeNext types as `module.default`. At run time the default import is the function itself.
type RobotsParser = typeof robotsParserModule.default;
type Robots = ReturnType<RobotsParser>;
const robotsParser: RobotsParser =
  typeof robotsParserModule === 'function' ? (robotsParserModule as unknown as RobotsParser) : robotsParserModule.default;

const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * Everything one run owes the sites it visits: robots.txt fetched once per origin and obeyed for
 * our user agent, and Crawl-delay (capped at `maxCrawlDelayMs`) kept between requests to the same
 * origin. A robots.txt that cannot be fetched for any reason (404, 5xx, timeout…) allows
 * everything: a sub-site without one is the common case, and skipping a whole site because its
 * robots.txt hiccupped would silently empty the review queue.
 */
export class PoliteFetcher {
  private readonly robotsByOrigin = new Map<string, Promise<Robots | null>>();
  private readonly lastRequestAt = new Map<string, number>();

  constructor(
    private readonly settings: FetchSettings,
    private readonly maxCrawlDelayMs: number,
  ) {}

  /** Fetches a page, checking robots.txt and waiting out the crawl delay before every hop. */
  fetchPage(url: string): Promise<FetchedText> {
    return fetchText(url, this.settings, (hop) => this.beforeRequest(hop));
  }

  private async beforeRequest(url: string): Promise<void> {
    const origin = new URL(url).origin;
    const robots = await this.robotsFor(origin);
    if (robots && robots.isAllowed(url, this.settings.userAgent) === false) {
      throw new CrawlError('CRAWL_ROBOTS_DISALLOWED', `对方网站的 robots.txt 不允许抓取：${url}`);
    }
    const delaySeconds = robots?.getCrawlDelay(this.settings.userAgent);
    const delayMs = Math.min(Math.max(0, (delaySeconds ?? 0) * 1000), this.maxCrawlDelayMs);
    // A monotonic clock: a wall-clock adjustment must not shorten (or stretch) the delay.
    const last = this.lastRequestAt.get(origin);
    if (last !== undefined && delayMs > 0) {
      // Timers may fire a millisecond early; loop until the delay has really passed.
      for (let wait = last + delayMs - performance.now(); wait > 0; wait = last + delayMs - performance.now()) {
        await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
      }
    }
    this.lastRequestAt.set(origin, performance.now());
  }

  private robotsFor(origin: string): Promise<Robots | null> {
    let robots = this.robotsByOrigin.get(origin);
    if (!robots) {
      const robotsUrl = `${origin}/robots.txt`;
      const settings = { ...this.settings, maxBytes: Math.min(this.settings.maxBytes, ROBOTS_MAX_BYTES) };
      robots = fetchText(robotsUrl, settings).then(
        (fetched) => robotsParser(robotsUrl, fetched.text),
        () => null,
      );
      this.robotsByOrigin.set(origin, robots);
    }
    return robots;
  }
}
