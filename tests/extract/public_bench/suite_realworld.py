# A suite in the shape of trafilatura's tests/realworld_tests.py, written for plainwire's
# tests: the bench parser reads it with ast (it is never imported or run).
MOCK_PAGES = {
    "https://vellmoor-gazette.example/towns/copper-kettle-festival": "kettle-article.html",
    "https://obertal-bote.example/lokales/brueckenfest": "bruecke-nfd.html",
    "https://vellmoor-gazette.example/towns": "teaser-front.html",
    "https://declared-only.example/page": "kettle-article.html",
}


def load_mock_page(url, xml_flag=False):
    raise NotImplementedError


def test_extract(xmloutput):
    result = load_mock_page("https://vellmoor-gazette.example/towns/copper-kettle-festival", xmloutput)
    assert (
        "after a pause of four summers" in result
        and "pours without a single drip." in result
        and "Sign in to your account" not in result
    )
    assert (
        "Bridge repairs delayed again" not in result
        and "Cookie settings" not in result
        and "a bare constant is no clause"
    )
    if xmloutput is False:
        assert "every year from now on." in result
    if xmloutput:
        assert "only in the XML run" in result

    result = load_mock_page("https://obertal-bote.example/lokales/brueckenfest", xmloutput)
    assert "Eröffnung der neuen Fußgängerbrücke" in result and "Impressum" not in result

    # result = load_mock_page('https://declared-only.example/page', xmloutput)
    # assert 'commented out' in result


def test_index_refused():
    result = load_mock_page("https://vellmoor-gazette.example/towns")
    assert result is None


def test_unparseable():
    url = "https://vellmoor-gazette.example/towns"
    result = load_mock_page(url)
    assert "anything" in result
