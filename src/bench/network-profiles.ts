/**
 * Network conditions for Chromium's `Network.emulateNetworkConditions`. "Fast 4G" uses the values
 * of Chrome DevTools' preset of that name (9 Mbps down, 1.5 Mbps up, 60 ms RTT, each scaled by
 * DevTools' adjustment factors 0.9 and 2.75), so numbers compare with what DevTools shows.
 */
export interface NetworkProfile {
  name: string;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

export const LOOPBACK: NetworkProfile = { name: 'loopback', latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

export const FAST_4G: NetworkProfile = {
  name: 'Fast 4G',
  latency: 60 * 2.75,
  downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9,
};
