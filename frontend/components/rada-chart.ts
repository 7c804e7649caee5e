import { LitElement, css, html } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, DatasetComponent, GridComponent, LegendComponent, TooltipComponent,
  SVGRenderer]);

/**
 * A chart drawn by ECharts from an option object the server sends as JSON.
 * The server also gives a text summary (aria-label), so the figures never live only in the picture.
 */
export class RadaChart extends LitElement {
  static properties = {
    option: { type: String },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 260px;
    }
    #chart {
      position: absolute;
      inset: 0;
    }
  `;

  declare option: string;
  private chart?: echarts.ECharts;
  private observer?: ResizeObserver;

  constructor() {
    super();
    this.option = '{}';
  }

  render() {
    return html`<div id="chart" aria-hidden="true"></div>`;
  }

  firstUpdated() {
    this.start();
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.start();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('option')) {
      this.draw();
    }
  }

  private start() {
    const target = this.renderRoot.querySelector('#chart') as HTMLElement | null;
    if (!target || this.chart) {
      return;
    }
    this.chart = echarts.init(target, undefined, { renderer: 'svg' });
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(this);
    this.draw();
  }

  private draw() {
    if (!this.chart) {
      return;
    }
    const option = JSON.parse(this.option || '{}');
    const color = getComputedStyle(this).color;
    option.textStyle = { ...(option.textStyle ?? {}), color };
    this.chart.setOption(option, true);
  }
}

customElements.define('rada-chart', RadaChart);
