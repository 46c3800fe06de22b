def test_dbg(mentions):
    print(
        mentions(
            "CVS Health has launched a new service for patients. The service is free. Apart from providing the tools and services that patients need, CVS also fills up specialty prescriptions so that patients can manage their medication therapy."
        )
    )
