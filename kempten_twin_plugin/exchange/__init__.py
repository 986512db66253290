"""Exchange formats of the sewer trade: ISYBAU XML and DWA-M 150 in, ISYBAU XML out."""
