/* global window, document */
/*
 * Accessibility / elderly-friendly toolbar (无障碍 / 长者模式) of the default theme; markup in
 * templates/default/toolbar.liquid. ES2018, no dependencies, no network, CSP-clean (positions set
 * through the CSSOM only). Settings live in localStorage ("jiyue.a11y") and become classes on
 * <html> as soon as this file runs: a11y-fs-115 … a11y-fs-200 (root font size; the theme uses rem),
 * a11y-hc (high contrast), a11y-lh (line spacing 2), a11y-cursor, a11y-guide (cross-hair),
 * a11y-text (text-only view), a11y-point (point-to-read, 指读).
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var KEY = 'jiyue.a11y';
  var SIZES = [100, 115, 130, 150, 175, 200];
  var TOGGLES = { lh: 'a11y-lh', hc: 'a11y-hc', text: 'a11y-text', cursor: 'a11y-cursor', guide: 'a11y-guide', point: 'a11y-point' };
  var TOGGLE_KEYS = Object.keys(TOGGLES);
  var SPEAKABLE =
    'a,button,input,select,textarea,summary,label,h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,blockquote,img,[role="button"],[role="link"],[aria-label]';
  var synth = window.speechSynthesis && window.SpeechSynthesisUtterance ? window.speechSynthesis : null;

  var state = load();
  applyClasses();

  var ui = null; // set by init() once the DOM is there

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
  else init();

  // ---------- settings ----------

  function defaults() {
    var s = { fs: 100 };
    TOGGLE_KEYS.forEach((k) => {
      s[k] = false;
    });
    return s;
  }

  function load() {
    var s = defaults();
    try {
      var o = JSON.parse(window.localStorage.getItem(KEY) || 'null');
      if (o && typeof o === 'object') {
        if (SIZES.indexOf(o.fs) >= 0) s.fs = o.fs;
        TOGGLE_KEYS.forEach((k) => {
          s[k] = o[k] === true;
        });
      }
    } catch (e) {
      /* blocked or corrupt: defaults */
    }
    if (!synth) s.point = false;
    return s;
  }

  function save() {
    try {
      var d = defaults();
      var same = Object.keys(d).every((k) => d[k] === state[k]);
      if (same) window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, JSON.stringify(state));
    } catch (e) {
      /* blocked: this page only */
    }
  }

  function applyClasses() {
    SIZES.forEach((n) => {
      root.classList.toggle('a11y-fs-' + n, n !== 100 && n === state.fs);
    });
    TOGGLE_KEYS.forEach((k) => {
      root.classList.toggle(TOGGLES[k], state[k]);
    });
  }

  function apply() {
    applyClasses();
    if (!ui) return;
    TOGGLE_KEYS.forEach((k) => {
      var b = ui.buttons[k];
      if (b) b.setAttribute('aria-pressed', String(state[k]));
    });
    setDisabled(ui.buttons.bigger, state.fs === SIZES[SIZES.length - 1]);
    setDisabled(ui.buttons.smaller, state.fs === SIZES[0]);
    if (state.text) addAltTexts();
    if (!state.guide) hideGuide();
  }

  function setDisabled(b, off) {
    if (!b) return;
    if (off) b.setAttribute('aria-disabled', 'true');
    else b.removeAttribute('aria-disabled');
  }

  // ---------- wiring ----------

  function init() {
    var entry = doc.getElementById('a11y-entry');
    var panel = doc.getElementById('a11y-panel');
    if (!entry || !panel || !doc.body) return;
    // The panel opens as a bar at the very top of the page, whatever the header's layout.
    if (panel.parentNode !== doc.body) doc.body.insertBefore(panel, doc.body.firstChild);
    var buttons = {};
    Array.prototype.forEach.call(panel.querySelectorAll('button[data-a11y]'), (b) => {
      buttons[b.getAttribute('data-a11y')] = b;
    });
    var msg = {};
    ['size', 'reset', 'unsupported', 'image'].forEach((k) => {
      msg[k] = panel.getAttribute('data-msg-' + k) || '';
    });
    ui = { entry: entry, panel: panel, status: doc.getElementById('a11y-status'), buttons: buttons, msg: msg };
    if (!synth) markSpeechUnsupported();
    entry.hidden = false;
    entry.addEventListener('click', () => {
      if (panel.hidden) open();
      else close(true);
    });
    panel.addEventListener('click', (e) => {
      var b = e.target.closest('button[data-a11y]');
      if (b) act(b.getAttribute('data-a11y'));
    });
    doc.addEventListener('keydown', onKeydown);
    doc.addEventListener('pointermove', onPointerMove, { passive: true });
    doc.addEventListener('focusin', onFocusIn);
    doc.addEventListener('mouseover', onMouseOver);
    window.addEventListener('storage', (e) => {
      if (e.key === KEY || e.key === null) {
        state = load();
        apply();
      }
    });
    window.addEventListener('pagehide', stopSpeech);
    apply();
  }

  function open() {
    ui.panel.hidden = false;
    ui.entry.setAttribute('aria-expanded', 'true');
    say(ui.msg.size + ' ' + state.fs + '%');
    var first = ui.panel.querySelector('button[data-a11y]');
    if (first) first.focus();
  }

  function close(returnFocus) {
    ui.panel.hidden = true;
    ui.entry.setAttribute('aria-expanded', 'false');
    if (returnFocus) ui.entry.focus();
  }

  function say(text) {
    if (!ui.status) return;
    ui.status.textContent = '';
    // Clear first so that a repeated message is announced again.
    window.setTimeout(() => {
      ui.status.textContent = text;
    }, 30);
  }

  function act(name) {
    var i = SIZES.indexOf(state.fs);
    switch (name) {
      case 'bigger':
      case 'smaller':
        state.fs = SIZES[Math.max(0, Math.min(SIZES.length - 1, i + (name === 'bigger' ? 1 : -1)))];
        say(ui.msg.size + ' ' + state.fs + '%');
        break;
      case 'point':
        if (!synth) return say(ui.msg.unsupported);
        state.point = !state.point;
        if (!state.point) stopSpeech();
        break;
      case 'readall':
        if (!synth) return say(ui.msg.unsupported);
        readPage();
        return;
      case 'stop':
        stopSpeech();
        return;
      case 'print':
        window.print();
        return;
      case 'reset':
        stopSpeech();
        state = defaults();
        say(ui.msg.reset);
        break;
      case 'close':
        close(true);
        return;
      default:
        if (!TOGGLES[name]) return;
        state[name] = !state[name];
    }
    save();
    apply();
  }

  function onKeydown(e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') return;
    var wasSpeaking = synth && (synth.speaking || synth.pending);
    if (wasSpeaking) stopSpeech();
    if (!ui.panel.hidden && ui.panel.contains(doc.activeElement)) {
      close(true);
      e.preventDefault();
    } else if (wasSpeaking) {
      e.preventDefault();
    }
  }

  // ---------- text-only view: the hidden images' text alternatives ----------

  function addAltTexts() {
    var nodes = doc.querySelectorAll('img[alt]:not([alt=""]), [role="img"][aria-label]');
    Array.prototype.forEach.call(nodes, (el) => {
      if (ui.panel.contains(el) || el.hasAttribute('data-a11y-alt')) return;
      var label = (el.getAttribute('alt') || el.getAttribute('aria-label') || '').trim();
      if (!label) return;
      el.setAttribute('data-a11y-alt', '');
      var span = doc.createElement('span');
      span.className = 'a11y-alt';
      span.textContent = '[' + ui.msg.image + ': ' + label + ']';
      el.parentNode.insertBefore(span, el.nextSibling);
    });
  }

  // ---------- cross-hair guide ----------

  var guide = null;
  var guideX = 0;
  var guideY = 0;
  var guideFrame = 0;
  var guideTarget = null;

  function makeLine(axis) {
    var d = doc.createElement('div');
    d.className = 'a11y-guide-line a11y-guide-' + axis;
    d.setAttribute('aria-hidden', 'true');
    d.hidden = true;
    doc.body.appendChild(d);
    return d;
  }

  function placeGuide() {
    guideFrame = 0;
    if (!state.guide) return;
    if (guideTarget) {
      var r = guideTarget.getBoundingClientRect();
      guideX = r.left + Math.min(r.width / 2, 40);
      guideY = r.bottom;
      guideTarget = null;
    }
    if (!guide) guide = { x: makeLine('x'), y: makeLine('y') };
    guide.x.style.transform = 'translateY(' + Math.round(guideY) + 'px)';
    guide.y.style.transform = 'translateX(' + Math.round(guideX) + 'px)';
    guide.x.hidden = false;
    guide.y.hidden = false;
  }

  function scheduleGuide() {
    if (!guideFrame) guideFrame = window.requestAnimationFrame(placeGuide);
  }

  function hideGuide() {
    if (guide) guide.x.hidden = guide.y.hidden = true;
  }

  function onPointerMove(e) {
    if (!state.guide || e.pointerType === 'touch') return;
    guideX = e.clientX;
    guideY = e.clientY;
    guideTarget = null;
    scheduleGuide();
  }

  // ---------- read aloud (Web Speech API, local voices only) ----------

  function markSpeechUnsupported() {
    ['point', 'readall'].forEach((k) => {
      var b = ui.buttons[k];
      if (!b) return;
      b.setAttribute('aria-disabled', 'true');
      b.textContent += /^en/i.test(root.lang) ? ' (' + ui.msg.unsupported + ')' : '（' + ui.msg.unsupported + '）';
    });
    if (ui.buttons.stop) ui.buttons.stop.hidden = true;
  }

  function pickVoice(lang) {
    var want = lang.toLowerCase();
    var prefix = want.split('-')[0];
    var voices = synth.getVoices() || [];
    var norm = (v) =>
      String(v.lang || '')
        .toLowerCase()
        .replace('_', '-');
    return voices.find((v) => norm(v) === want) || voices.find((v) => norm(v).split('-')[0] === prefix) || null;
  }

  // Short utterances: some engines stop a long one after about 15 seconds.
  function chunks(text) {
    var parts =
      String(text)
        .replace(/\s+/g, ' ')
        .match(/[^。！？!?；;]+[。！？!?；;]*/g) || [];
    var out = [];
    var cur = '';
    parts.forEach((p) => {
      if (cur && (cur + p).length > 160) {
        out.push(cur);
        cur = '';
      }
      while (p.length > 160) {
        out.push(p.slice(0, 160));
        p = p.slice(160);
      }
      cur += p;
    });
    out.push(cur);
    return out.filter((c) => c.trim());
  }

  var reading = null;

  function speak(text, el) {
    stopSpeech();
    var lang = root.getAttribute('lang') || 'zh-CN';
    var voice = pickVoice(lang);
    var list = chunks(text);
    if (!list.length) return;
    if (el) {
      reading = el;
      el.classList.add('a11y-reading');
    }
    list.forEach((c, n) => {
      var u = new window.SpeechSynthesisUtterance(c);
      u.lang = lang;
      if (voice) u.voice = voice;
      u.rate = 0.9;
      if (n === list.length - 1) u.onend = u.onerror = clearReading;
      synth.speak(u);
    });
  }

  function clearReading() {
    if (reading) reading.classList.remove('a11y-reading');
    reading = null;
  }

  function stopSpeech() {
    if (synth) synth.cancel();
    clearReading();
  }

  function readPage() {
    var main = doc.querySelector('main') || doc.body;
    speak(main.innerText || main.textContent || '', null);
  }

  function textOf(el) {
    var t = el.getAttribute('aria-label') || '';
    if (!t && el.tagName === 'IMG') t = el.getAttribute('alt') || '';
    if (!t && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
      t =
        (el.labels && el.labels[0] ? el.labels[0].innerText + ' ' : '') + (el.type === 'password' ? '' : el.value || el.placeholder || '');
    }
    if (!t) t = el.innerText || el.textContent || el.getAttribute('title') || '';
    return t.replace(/\s+/g, ' ').trim().slice(0, 400);
  }

  var lastSpoken = null;
  var hoverTimer = 0;

  function pointRead(el) {
    if (!state.point || !synth || !el || el === lastSpoken) return;
    var text = textOf(el);
    if (!text) return;
    lastSpoken = el;
    speak(text, el);
  }

  function onFocusIn(e) {
    var t = e.target;
    if (state.guide && t && t !== doc.body && t.getBoundingClientRect) {
      guideTarget = t;
      scheduleGuide();
    }
    if (state.point && t && t.nodeType === 1 && t !== doc.body) {
      lastSpoken = null;
      pointRead(t);
    }
  }

  function onMouseOver(e) {
    if (!state.point) return;
    var el = e.target.closest && e.target.closest(SPEAKABLE);
    window.clearTimeout(hoverTimer);
    if (!el) lastSpoken = null;
    if (!el || el === lastSpoken) return;
    hoverTimer = window.setTimeout(() => {
      pointRead(el);
    }, 300);
  }
})();
