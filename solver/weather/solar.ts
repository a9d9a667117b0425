// Sun position, extraterrestrial irradiance, Erbs diffuse split and plane-of-array transposition.
import { HOURS_PER_DAY, HOURS_PER_YEAR, DAYS_PER_YEAR } from './types';
import type { WeatherLocation, WeatherYear } from './types';

/** Solar constant G_sc, W/m² (Duffie & Beckman, Solar Engineering of Thermal Processes, 4th ed., §1.2). */
export const SOLAR_CONSTANT_WM2 = 1367;
/** Amplitude of the orbital-eccentricity correction of G_on (Duffie & Beckman eq. 1.4.1a). */
const ECCENTRICITY_AMPLITUDE = 0.033;
/**
 * Below cos θz = 0.087 (θz > 85°) the beam ratio R_b = cos θ / cos θz is numerically meaningless
 * (a small error in hourly beam is multiplied without bound; Duffie & Beckman §2.14), so such hours
 * are transposed as if all their light were isotropic diffuse.
 */
export const COS_ZENITH_FLOOR = 0.087;
/** Ground reflectance ρ_g when the plane gives none: grass/soil, no snow (MODEL §3.1). */
export const DEFAULT_ALBEDO = 0.2;
/** Minutes of solar time per degree of longitude (360° in 24 h). */
const MINUTES_PER_DEGREE = 4;
/** Minutes per equation-of-time unit in the Spencer series (NOAA General Solar Position Calculations). */
const EOT_MINUTES_SCALE = 229.18;
/** Spencer (1971) equation-of-time coefficients [a0, a1cos, b1sin, a2cos, b2sin] (NOAA GML). */
const SPENCER_EOT = [0.000075, 0.001868, -0.032077, -0.014615, -0.040849] as const;
/** Spencer (1971) declination coefficients, radians [a0, a1cos, b1sin, a2cos, b2sin, a3cos, b3sin]. */
const SPENCER_DECLINATION = [0.006918, -0.399912, 0.070257, -0.006758, 0.000907, -0.002697, 0.00148] as const;
/** Erbs, Klein & Duffie (1982) hourly diffuse-fraction correlation: breakpoints and polynomial. */
const ERBS_KT_LOW = 0.22;
const ERBS_KT_HIGH = 0.8;
const ERBS_LOW_SLOPE = 0.09;
const ERBS_POLY = [0.9511, -0.1604, 4.388, -16.638, 12.336] as const;
const ERBS_HIGH_FRACTION = 0.165;

const RAD = Math.PI / 180;

/** The part of a location the sun's geometry needs. */
export type SolarLocation = Pick<WeatherLocation, 'latitudeDeg' | 'longitudeDeg' | 'timeZoneH'>;

/** Sun position at one instant; azimuth uses the plane convention 0 = south, +90° = west, −90° = east. */
export interface SolarPosition {
  /** Zenith angle θz, degrees (> 90 when the sun is below the horizon). */
  zenithDeg: number;
  /** Solar azimuth γs, degrees, 0 = south, positive west of south (Duffie & Beckman convention). */
  azimuthDeg: number;
  /** cos θz (negative below the horizon). */
  cosZenith: number;
  /** Declination δ, degrees. */
  declinationDeg: number;
  /** Hour angle ω, degrees, 0 at solar noon, positive in the afternoon. */
  hourAngleDeg: number;
}

/**
 * Sun position at clock time `hourIndex + minuteOffset/60` h of the weather year (default: the
 * middle of the hour-beginning hour `hourIndex`).
 *
 * NOAA / Spencer (1971) series with γ the fractional-year angle, rad:
 *   γ = 2π/365 · (n + (h − 12)/24),   n = day of year 0..364, h = clock hour of day (fractional)
 *   EoT = 229.18 · (0.000075 + 0.001868 cos γ − 0.032077 sin γ − 0.014615 cos 2γ − 0.040849 sin 2γ)  [min]
 *   δ = 0.006918 − 0.399912 cos γ + 0.070257 sin γ − 0.006758 cos 2γ + 0.000907 sin 2γ
 *       − 0.002697 cos 3γ + 0.00148 sin 3γ                                                         [rad]
 *   t_solar = 60 h + EoT + 4 λ − 60 TZ   [min]  (λ longitude °E, TZ time zone h)
 *   ω = t_solar/4 − 180                  [°]
 *   cos θz = sin φ sin δ + cos φ cos δ cos ω   (φ latitude)
 *   γs = sign(ω) · |acos((cos θz sin φ − sin δ)/(sin θz cos φ))|   (Duffie & Beckman eq. 1.6.6)
 * Accuracy is about ±0.5° in angle, ample for hourly irradiance.
 */
export function solarPosition(loc: SolarLocation, hourIndex: number, minuteOffset = 30): SolarPosition {
  const clockHours = hourIndex + minuteOffset / 60;
  const day = Math.floor(clockHours / HOURS_PER_DAY);
  const hourOfDay = clockHours - day * HOURS_PER_DAY;
  const g = ((2 * Math.PI) / DAYS_PER_YEAR) * (day + (hourOfDay - 12) / HOURS_PER_DAY);
  const [e0, e1, e2, e3, e4] = SPENCER_EOT;
  const eotMin =
    EOT_MINUTES_SCALE *
    (e0 + e1 * Math.cos(g) + e2 * Math.sin(g) + e3 * Math.cos(2 * g) + e4 * Math.sin(2 * g));
  const [d0, d1, d2, d3, d4, d5, d6] = SPENCER_DECLINATION;
  const decl =
    d0 +
    d1 * Math.cos(g) +
    d2 * Math.sin(g) +
    d3 * Math.cos(2 * g) +
    d4 * Math.sin(2 * g) +
    d5 * Math.cos(3 * g) +
    d6 * Math.sin(3 * g);
  const solarMin = hourOfDay * 60 + eotMin + MINUTES_PER_DEGREE * loc.longitudeDeg - 60 * loc.timeZoneH;
  const hourAngleDeg = solarMin / MINUTES_PER_DEGREE - 180;
  const lat = loc.latitudeDeg * RAD;
  const omega = hourAngleDeg * RAD;
  const cosZenith = clamp(
    Math.sin(lat) * Math.sin(decl) + Math.cos(lat) * Math.cos(decl) * Math.cos(omega),
    -1,
    1,
  );
  const sinZenith = Math.sqrt(1 - cosZenith * cosZenith);
  const denom = sinZenith * Math.cos(lat);
  let azimuthDeg = 0;
  if (Math.abs(denom) > 1e-9) {
    const a = Math.acos(clamp((cosZenith * Math.sin(lat) - Math.sin(decl)) / denom, -1, 1)) / RAD;
    // ω wraps: bring it into (−180, 180] so "afternoon" means west.
    const w = ((((hourAngleDeg + 180) % 360) + 360) % 360) - 180;
    azimuthDeg = w < 0 ? -a : a;
  }
  return {
    zenithDeg: Math.acos(cosZenith) / RAD,
    azimuthDeg,
    cosZenith,
    declinationDeg: decl / RAD,
    hourAngleDeg,
  };
}

/**
 * Extraterrestrial irradiance on a plane normal to the sun, W/m² (Duffie & Beckman eq. 1.4.1a):
 *   G_on = G_sc · (1 + 0.033 cos(360° · n/365)),  G_sc = 1367 W/m², n = day of year 1..365.
 * @param dayOfYear0 day of year 0..364 (so n = dayOfYear0 + 1).
 */
export function extraterrestrialNormalWm2(dayOfYear0: number): number {
  const n = dayOfYear0 + 1;
  return SOLAR_CONSTANT_WM2 * (1 + ECCENTRICITY_AMPLITUDE * Math.cos((2 * Math.PI * n) / DAYS_PER_YEAR));
}

/**
 * Extraterrestrial irradiance on a horizontal plane at the middle of weather hour `i`, W/m²:
 *   G_o = G_on · max(0, cos θz).
 * Summed over an hour's midpoint it stands for that hour's extraterrestrial Wh/m².
 */
export function extraterrestrialHorizontalWm2(loc: SolarLocation, i: number): number {
  const { cosZenith } = solarPosition(loc, i);
  return extraterrestrialNormalWm2(Math.floor(i / HOURS_PER_DAY)) * Math.max(0, cosZenith);
}

/**
 * Erbs, Klein & Duffie (1982) diffuse fraction G_d/G of hourly global irradiance from the hourly
 * clearness index k_t = G/G_o (Duffie & Beckman eq. 2.10.1):
 *   k_t ≤ 0.22:          1 − 0.09 k_t
 *   0.22 < k_t ≤ 0.80:   0.9511 − 0.1604 k_t + 4.388 k_t² − 16.638 k_t³ + 12.336 k_t⁴
 *   k_t > 0.80:          0.165
 * Negative k_t is treated as 0.
 */
export function erbsDiffuseFraction(kt: number): number {
  const k = Math.max(0, kt);
  if (k <= ERBS_KT_LOW) return 1 - ERBS_LOW_SLOPE * k;
  if (k > ERBS_KT_HIGH) return ERBS_HIGH_FRACTION;
  const [c0, c1, c2, c3, c4] = ERBS_POLY;
  return c0 + k * (c1 + k * (c2 + k * (c3 + k * c4)));
}

/**
 * Cosine of the angle of incidence θ of beam light on a plane of tilt β and azimuth γ
 * (Duffie & Beckman eq. 1.6.3, valid for any β, γ):
 *   cos θ = cos θz cos β + sin θz sin β cos(γs − γ)
 * May be negative (sun behind the plane).
 */
export function incidenceCosine(pos: SolarPosition, tiltDeg: number, azimuthDeg: number): number {
  const z = pos.zenithDeg * RAD;
  const b = tiltDeg * RAD;
  return (
    Math.cos(z) * Math.cos(b) + Math.sin(z) * Math.sin(b) * Math.cos((pos.azimuthDeg - azimuthDeg) * RAD)
  );
}

/** A fixed receiving plane (PV array or collector field). */
export interface PlaneSpec {
  /** Tilt β from horizontal, degrees, 0..180. */
  tiltDeg: number;
  /** Azimuth γ of the plane's normal, degrees: 0 = south, +90 = west, −90 = east. */
  azimuthDeg: number;
  /** Ground reflectance ρ_g, 0..1; default {@link DEFAULT_ALBEDO}. */
  albedo?: number;
  /** Sky-diffuse model; default 'isotropic'. */
  model?: 'isotropic' | 'hdkr';
}

/** One hour's inputs to {@link tiltedIrradiance}. */
export interface TranspositionInput {
  /** Global horizontal G, W/m². */
  ghi: number;
  /** Diffuse horizontal G_d, W/m² (capped at G: the global value is trusted as the total). */
  dhi: number;
  /** cos θz at the middle of the hour. */
  cosZenith: number;
  /** cos θ of the plane at the middle of the hour. */
  cosIncidence: number;
  /** Extraterrestrial normal irradiance G_on, W/m². */
  gOn: number;
}

/**
 * Irradiance on a tilted plane for one hour, W/m², ≥ 0. Symbols: G global horizontal, G_d = min(DHI, G)
 * diffuse horizontal, G_b = G − G_d beam horizontal, R_b = max(0, cos θ)/cos θz, β tilt, ρ_g albedo,
 * G_o = G_on cos θz extraterrestrial horizontal.
 *
 * Isotropic sky, Liu & Jordan (1963), Duffie & Beckman eq. 2.15.1:
 *   G_T = G_b R_b + G_d (1 + cos β)/2 + G ρ_g (1 − cos β)/2
 * HDKR (Hay–Davies–Klucher–Reindl), Duffie & Beckman eq. 2.16.7:
 *   G_T = (G_b + G_d A_i) R_b + G_d (1 − A_i) (1 + cos β)/2 (1 + f sin³(β/2)) + G ρ_g (1 − cos β)/2
 *   A_i = G_b / G_o (anisotropy index, ≤ 1),  f = √(G_b / G)
 *
 * When cos θz < {@link COS_ZENITH_FLOOR} (sun within 5° of the horizon or below it at mid-hour, as in
 * sunrise hours) the whole G is transposed as isotropic diffuse, so R_b never blows up. On a
 * horizontal plane (β = 0) both models return G.
 */
export function tiltedIrradiance(
  h: TranspositionInput,
  tiltDeg: number,
  albedo: number,
  model: 'isotropic' | 'hdkr',
): number {
  const g = Math.max(0, h.ghi);
  if (g === 0) return 0;
  const cosB = Math.cos(tiltDeg * RAD);
  const skyView = (1 + cosB) / 2;
  const ground = (g * albedo * (1 - cosB)) / 2;
  if (h.cosZenith < COS_ZENITH_FLOOR) return Math.max(0, g * skyView + ground);
  const gd = clamp(h.dhi, 0, g);
  const gb = g - gd;
  const rb = Math.max(0, h.cosIncidence) / h.cosZenith;
  if (model === 'isotropic') return Math.max(0, gb * rb + gd * skyView + ground);
  const ai = clamp(gb / (h.gOn * h.cosZenith), 0, 1);
  const f = Math.sqrt(gb / g);
  const brightening = 1 + f * Math.sin((tiltDeg * RAD) / 2) ** 3;
  return Math.max(0, (gb + gd * ai) * rb + gd * (1 - ai) * skyView * brightening + ground);
}

/**
 * Hourly plane-of-array irradiance of a fixed plane, W/m² (hourly mean = Wh/m² in that hour), length
 * 8760, every value ≥ 0. Geometry is evaluated at the middle of each hour-beginning hour (clock time
 * i + 0.5 h), where the hour's mean irradiance best matches the instantaneous geometry.
 *
 * Default model: isotropic (Liu–Jordan). It is the simplest, needs nothing beyond GHI and DHI, and is
 * slightly conservative for equator-facing tilts (it ignores circumsolar and horizon brightening), which
 * suits a dispatch study that must not oversell solar. HDKR is offered for tilted arrays under clear
 * skies, where it is typically a few per cent higher. See {@link tiltedIrradiance} for the equations.
 * @throws RangeError when tilt is outside 0..180°, azimuth outside −180..180° or albedo outside 0..1
 *   (validated upstream by the scenario validator: here it is a caller bug).
 */
export function planeOfArray(w: WeatherYear, plane: PlaneSpec): Float64Array {
  const albedo = plane.albedo ?? DEFAULT_ALBEDO;
  const model = plane.model ?? 'isotropic';
  if (!(plane.tiltDeg >= 0 && plane.tiltDeg <= 180))
    throw new RangeError(`tilt ${plane.tiltDeg}° outside 0..180`);
  if (!(plane.azimuthDeg >= -180 && plane.azimuthDeg <= 180)) {
    throw new RangeError(`azimuth ${plane.azimuthDeg}° outside -180..180`);
  }
  if (!(albedo >= 0 && albedo <= 1)) throw new RangeError(`albedo ${albedo} outside 0..1`);
  const out = new Float64Array(HOURS_PER_YEAR);
  for (let i = 0; i < HOURS_PER_YEAR; i += 1) {
    const ghi = w.ghiWm2[i] ?? 0;
    if (!(ghi > 0)) continue;
    const pos = solarPosition(w.location, i);
    out[i] = tiltedIrradiance(
      {
        ghi,
        dhi: w.dhiWm2[i] ?? 0,
        cosZenith: pos.cosZenith,
        cosIncidence: incidenceCosine(pos, plane.tiltDeg, plane.azimuthDeg),
        gOn: extraterrestrialNormalWm2(Math.floor(i / HOURS_PER_DAY)),
      },
      plane.tiltDeg,
      albedo,
      model,
    );
  }
  return out;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
