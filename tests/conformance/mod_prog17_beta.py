import mod_prog17_alpha
b_obj = mod_prog17_alpha.D("beta.b_obj")
