/**
 * The analyst's workbench: the app layer over HTTP ({@code /api}, JSON) and the pages that pivot
 * through it (search, copies, account, network, narratives). Thin by rule: each route parses its
 * parameters, calls {@link org.chorus.app.Investigation}, and shapes the answer for the page.
 * Post text is hostile: the API returns it as data, never as markup, and the pages insert it as
 * text only.
 */
package org.chorus.web;
