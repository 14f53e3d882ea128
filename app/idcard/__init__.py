"""Reading the holder's name and personal code from an Estonian ID card in a PC/SC reader."""
